package dk.arkiv.importer;

import java.util.Optional;

/** Someone present who is not a member: "Fra KL: Christian Brincker Nordbek, chefkonsulent". */
public record Guest(String name, Optional<String> title, Optional<String> organisation) {
}

package dk.arkiv.content;

import dk.arkiv.model.Council;
import dk.arkiv.model.Party;
import dk.arkiv.model.Topic;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;

/** The ids a meeting file may refer to: councils, party letters and topics. */
record Vocabulary(Map<String, Council> councils, Map<String, Party> parties, Map<String, Topic> topics) {

    static Vocabulary of(List<Council> councils, List<Party> parties, List<Topic> topics) {
        return new Vocabulary(
                councils.stream().collect(Collectors.toMap(Council::id, Function.identity())),
                parties.stream().collect(Collectors.toMap(Party::letter, Function.identity())),
                topics.stream().collect(Collectors.toMap(Topic::id, Function.identity())));
    }
}

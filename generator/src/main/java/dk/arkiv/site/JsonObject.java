package dk.arkiv.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object whose keys keep the order they were put in, so the files are the same on every run. */
public final class JsonObject {
    private final Map<String, Object> members = new LinkedHashMap<>();

    /**
     * @param value a String, Number, Boolean, JsonObject, List of these, or null (JSON null);
     *              an Optional puts its value or null
     */
    public JsonObject put(String key, Object value) {
        members.put(key, value instanceof Optional<?> optional ? optional.orElse(null) : value);
        return this;
    }

    /** The members themselves, not a copy: only {@link Json} reads them, once the object is made. */
    Map<String, Object> members() {
        return members;
    }
}

package dk.arkiv.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a page's model; absent values (null) are left out, so templates test them with '??'. */
final class Model {
    private final Map<String, Object> values = new LinkedHashMap<>();

    static Model with(String name, Object value) {
        return new Model().and(name, value);
    }

    Model and(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    Map<String, Object> build() {
        return Map.copyOf(values);
    }
}

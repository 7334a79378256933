package dk.arkiv.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which meetings' texts a page shows. A text's links are made when the page is rendered, from the
 * archive of that build: a page whose model is unchanged still links otherwise when a meeting its
 * text names was added or removed. Models are maps, lists and records, walked here down to their
 * {@link Markdown}; the preview server asks this of a few hundred pages at most, after a save that
 * added or removed a meeting.
 */
final class PageTexts {
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Boolean> MAY_HOLD_TEXT = new ConcurrentHashMap<>();

    private PageTexts() {
    }

    /** Whether the page shows a text written in one of these meetings ("council/date"). */
    static boolean showsTextOf(Page page, Set<String> meetingKeys) {
        return shows(page.model(), meetingKeys);
    }

    private static boolean shows(Object value, Set<String> meetingKeys) {
        if (value instanceof Markdown markdown) {
            return markdown.meetingKey().filter(meetingKeys::contains).isPresent();
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> shows(v, meetingKeys));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().anyMatch(v -> shows(v, meetingKeys));
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && shows(optional.get(), meetingKeys);
        }
        if (value instanceof Record record && mayHoldText(record.getClass())) {
            for (Method accessor : ACCESSORS.computeIfAbsent(record.getClass(), PageTexts::accessors)) {
                if (shows(valueOf(accessor, record), meetingKeys)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a record of this class may hold a text, from its components' declared types: most of
     * a long list's entries are summaries of strings and dates, and reading them is most of the walk.
     */
    private static boolean mayHoldText(Class<?> recordClass) {
        return MAY_HOLD_TEXT.computeIfAbsent(recordClass, c -> mayHold(c, new HashSet<>()));
    }

    private static boolean mayHold(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> declared) {
            if (declared == Markdown.class) {
                return true;
            }
            if (declared.isPrimitive() || declared == String.class || declared == Boolean.class
                    || declared == Character.class || Number.class.isAssignableFrom(declared) || declared.isEnum()
                    || declared.getPackageName().equals("java.time")) {
                return false;
            }
            if (declared.isRecord()) {
                // A record met again inside itself adds nothing to what its first visit looks at.
                return seen.add(declared) && Arrays.stream(declared.getRecordComponents())
                        .anyMatch(component -> mayHold(component.getGenericType(), seen));
            }
            return true; // Object, an interface, a raw collection: only its values tell
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) || raw == Optional.class) {
                return mayHold(arguments[0], seen);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return mayHold(arguments[1], seen); // only the values are walked
            }
        }
        return true; // a type variable or wildcard: only the values tell
    }

    private static Method[] accessors(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true); // records of the models are package-private
        }
        return accessors;
    }

    private static Object valueOf(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a page model", e);
        }
    }
}

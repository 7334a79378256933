package dk.arkiv.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
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

    private PageTexts() {
    }

    /** Whether the page shows a text written in one of these meetings ("council/date"). */
    static boolean showsTextOf(Page page, Set<String> meetingKeys) {
        return shows(page.model(), meetingKeys);
    }

    /** Plain loops rather than streams: a topic's page holds thousands of entries, walked on a save. */
    private static boolean shows(Object value, Set<String> meetingKeys) {
        if (value instanceof Markdown markdown) {
            Optional<String> meeting = markdown.meetingKey();
            return meeting.isPresent() && meetingKeys.contains(meeting.get());
        }
        if (value instanceof Map<?, ?> map) {
            return showsAny(map.values(), meetingKeys);
        }
        if (value instanceof Collection<?> collection) {
            return showsAny(collection, meetingKeys);
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && shows(optional.get(), meetingKeys);
        }
        if (value instanceof Record record) {
            for (Method accessor : ACCESSORS.computeIfAbsent(record.getClass(), PageTexts::accessors)) {
                if (shows(valueOf(accessor, record), meetingKeys)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean showsAny(Collection<?> values, Set<String> meetingKeys) {
        for (Object value : values) {
            if (shows(value, meetingKeys)) {
                return true;
            }
        }
        return false;
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

    /**
     * The accessors of the record's components that may hold a text, from their declared types:
     * most of a long list's entries are summaries of strings and dates, and reading those
     * components was most of the walk.
     */
    private static Method[] accessors(Class<?> recordClass) {
        return Arrays.stream(recordClass.getRecordComponents())
                .filter(component -> mayHold(component.getGenericType(), new HashSet<>()))
                .map(component -> {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // records of the models are package-private
                    return accessor;
                })
                .toArray(Method[]::new);
    }

    private static Object valueOf(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a page model", e);
        }
    }
}

package dk.arkiv.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A record of a page model as templates see it: {@code item.title} reads the component
 * {@code title}. Freemarker's bean wrapping does the same through its class introspection, a
 * model cache and an access check on every read, a sixth of the time spent laying out pages; a
 * record's components are known from its class, so they are looked up once per class. Any other
 * name, and a call such as {@code item.title()}, goes to the bean model, which keeps everything
 * else templates may do with a record.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // Read without the access check Method.invoke makes on every call; a template's
                // reads are those any code could make of a record's public accessors.
                if (accessor.trySetAccessible()) {
                    accessors.put(component.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final Record record;
    private final ObjectWrapper wrapper;
    private final BeanFallback fallback;
    private MethodCallAwareTemplateHashModel beanModel;

    /** Makes Freemarker's own model of the record, for names that are not components. */
    interface BeanFallback {
        TemplateModel wrap(Object object) throws TemplateModelException;
    }

    RecordModel(Record record, ObjectWrapper wrapper, BeanFallback fallback) {
        this.record = record;
        this.wrapper = wrapper;
        this.fallback = fallback;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = COMPONENTS.get(record.getClass()).get(key);
        if (accessor == null) {
            return beanModel().get(key);
        }
        try {
            return wrapper.wrap(accessor.invoke(record));
        } catch (IllegalAccessException e) {
            throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName() + " failed",
                    e.getCause());
        }
    }

    /** {@code item.title()}: a call, which the bean model answers with a method. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return beanModel().getBeforeMethodCall(key);
    }

    private MethodCallAwareTemplateHashModel beanModel() throws TemplateModelException {
        if (beanModel == null) {
            beanModel = (MethodCallAwareTemplateHashModel) fallback.wrap(record);
        }
        return beanModel;
    }

    /** A record is never empty: {@code ?has_content} is false only for a missing value. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }
}

package cn.jiangxin.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a {@link Refusal} on the page it came back to: {@code problem} and {@code problemField} for the page's own
 * field messages (the layout shows the refusal itself), and, when the refused request was bound to a form object
 * that this page shows too (under the same name, or else the only one of its class), what the user typed put back
 * into it, with the message on the field it concerns or on the form: {@code th:field} and {@code th:errors} then show
 * the form as it was sent. A record form is made again from what was typed, keeping the page's own value of every
 * component not typed (a new one-use key, say). Pages whose inputs are plain parameters read
 * {@code refusal.value('name')}.
 */
class RefusalReplay implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !(page.getModel().get(Refusal.FLASH) instanceof Refusal refusal)) {
            return;
        }
        page.addObject("problem", refusal.message());
        page.addObject("problemField", refusal.field());
        String name = formShown(page.getModel(), refusal);
        if (name == null) {
            return;
        }
        Object form = page.getModel().get(name);
        if (form.getClass().isRecord()) {
            form = remade(form, refusal);
            page.addObject(name, form);
        }
        page.addObject(BindingResult.MODEL_KEY_PREFIX + name, bindAgain(form, name, refusal));
    }

    /** The model name under which the page shows the refused form, or {@code null}. */
    private static String formShown(Map<String, Object> model, Refusal refusal) {
        if (refusal.formType() == null) {
            return null;
        }
        Object named = refusal.form() == null ? null : model.get(refusal.form());
        if (named != null && named.getClass().getName().equals(refusal.formType())) {
            return refusal.form();
        }
        List<String> sameClass = model.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().getClass().getName().equals(refusal.formType()))
                .map(Map.Entry::getKey).toList();
        return sameClass.size() == 1 ? sameClass.get(0) : null;
    }

    private static Object remade(Object form, Refusal refusal) {
        RecordComponent[] components = form.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                String typed = refusal.value(c.getName());
                Method accessor = c.getAccessor();
                ReflectionUtils.makeAccessible(accessor);
                values[i] = typed == null ? accessor.invoke(form) : typedValue(typed, c.getType(), accessor.invoke(form));
            }
            Constructor<?> canonical = form.getClass().getDeclaredConstructor(types);
            return BeanUtils.instantiateClass(canonical, values);
        } catch (ReflectiveOperationException | RuntimeException cannot) {
            return form;
        }
    }

    private static Object typedValue(String typed, Class<?> type, Object pageValue) {
        if (type == String.class) {
            return typed;
        }
        try {
            return typed.isBlank() ? null : new SimpleTypeConverter().convertIfNecessary(typed, type);
        } catch (TypeMismatchException notOfThatType) {
            return pageValue;
        }
    }

    private static BindingResult bindAgain(Object form, String name, Refusal refusal) {
        WebDataBinder binder = new WebDataBinder(form, name);
        binder.setAutoGrowCollectionLimit(FormBinding.MAX_ROWS);
        if (!form.getClass().isRecord()) {
            MutablePropertyValues typed = new MutablePropertyValues();
            for (Map.Entry<String, List<String>> e : refusal.typed().entrySet()) {
                List<String> values = e.getValue();
                typed.add(e.getKey(), values.size() == 1 ? values.get(0) : values.toArray(String[]::new));
            }
            binder.bind(typed);
        }
        BindingResult result = binder.getBindingResult();
        String field = refusal.field();
        if (field != null && result instanceof AbstractPropertyBindingResult bound
                && bound.getPropertyAccessor().isReadableProperty(field)) {
            result.rejectValue(field, "refused", refusal.message());
        } else {
            result.reject("refused", refusal.message());
        }
        return result;
    }
}

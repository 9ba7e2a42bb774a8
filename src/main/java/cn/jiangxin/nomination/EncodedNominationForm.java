package cn.jiangxin.nomination;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.BeansException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * The recommendation form as the page's script sends it along with an upload: every field URL-encoded into one
 * request field, so that the upload needs no multipart part per input (the server takes a limited number of parts).
 * Bound like the form's own post: a value that does not fit its field is an error of that field.
 */
final class EncodedNominationForm {

    /** As many fields as Tomcat takes in one request by default. */
    static final int MAX_FIELDS = 1000;

    private EncodedNominationForm() {
    }

    /** The form bound from {@code encoded}; its target is a {@link NominationForm}, its errors those of the binding. */
    static BindingResult bind(String encoded, ConversionService conversions) {
        NominationForm form = new NominationForm();
        WebDataBinder binder = new WebDataBinder(form, "form");
        binder.setConversionService(conversions);
        MutablePropertyValues values = new MutablePropertyValues();
        String[] pairs = encoded.isEmpty() ? new String[0] : encoded.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            binder.getBindingResult().reject("format", "推荐表的输入项过多，无法保存");
            return binder.getBindingResult();
        }
        try {
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.add(name, value);
            }
            binder.bind(values);
        } catch (IllegalArgumentException | BeansException e) {
            binder.getBindingResult().reject("format", "推荐表内容无法识别，请刷新页面后重新填写");
        }
        return binder.getBindingResult();
    }
}

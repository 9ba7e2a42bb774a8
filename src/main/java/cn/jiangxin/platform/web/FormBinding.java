package cn.jiangxin.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every form binds: a list in a form grows to at most {@value #MAX_ROWS} rows, and a field the form cannot hold
 * (an index out of range or negative, an index on a field that is no list) refuses the whole form with the 400 page
 * before any controller runs, so nothing is saved.
 */
@ControllerAdvice
class FormBinding {

    /** The most rows of one list a form may have (achievements, documents ...). */
    static final int MAX_ROWS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(FormBinding.class);

    @InitBinder
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
    }

    @ExceptionHandler({InvalidPropertyException.class, BeanInstantiationException.class})
    ModelAndView invalidField(RuntimeException e) {
        LOG.debug("form refused: {}", e.getMessage());
        return refused();
    }

    /** Spring's property access lets a negative list index through as a bare IndexOutOfBoundsException. */
    @ExceptionHandler(IndexOutOfBoundsException.class)
    ModelAndView negativeIndex(IndexOutOfBoundsException e) {
        if (!thrownByBinding(e)) {
            throw e;
        }
        return invalidField(e);
    }

    private static ModelAndView refused() {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "error.400.form");
    }

    private static boolean thrownByBinding(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.")) {
                return type.startsWith("org.springframework.beans.");
            }
        }
        return false;
    }
}

package cn.jiangxin.platform.web;

import java.util.Locale;

import cn.jiangxin.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing or out-of-scope object with the 404 page, never with the object, and a list address they
 * cannot read with the 400 page saying which parameter is wrong.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return ErrorPage.of(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(BadListRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badList(BadListRequest e, Locale locale) {
        ModelAndView page = ErrorPage.of(HttpStatus.BAD_REQUEST);
        page.addObject("errorText", messages.getMessage(e.key(), e.args(), locale));
        return page;
    }
}

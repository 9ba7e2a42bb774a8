package cn.jiangxin.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's display name for the navigation bar. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SignedInUserAdvice {

    @ModelAttribute("signedInName")
    String signedInName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth.getPrincipal() instanceof AccountPrincipal p ? p.getDisplayName() : auth.getName();
    }
}

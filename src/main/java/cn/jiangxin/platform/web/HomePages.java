package cn.jiangxin.platform.web;

import cn.jiangxin.platform.todo.WorkPage;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: for a signed-in user their work page (what waits on them, by desk), then the shortcuts. */
@Controller
class HomePages {

    private final WorkPage work;

    HomePages(WorkPage work) {
        this.work = work;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            model.addAttribute("desks", work.forCurrentUser());
        }
        return "home";
    }
}

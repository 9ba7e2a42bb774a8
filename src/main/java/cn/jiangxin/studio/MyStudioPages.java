package cn.jiangxin.studio;

import cn.jiangxin.identity.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The leader's page ({@code /my/studios}): the studios they lead or led, their assessments and funding. */
@Controller
class MyStudioPages {

    private final Studios studios;
    private final CurrentUsers users;

    MyStudioPages(Studios studios, CurrentUsers users) {
        this.studios = studios;
        this.users = users;
    }

    @GetMapping("/my/studios")
    @PreAuthorize("hasRole('TALENT')")
    String mine(Model model) {
        model.addAttribute("cases", studios.ledBy(users.require()));
        return "studio/mine";
    }
}

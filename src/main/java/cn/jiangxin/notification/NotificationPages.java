package cn.jiangxin.notification;

import cn.jiangxin.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every signed-in user's own notifications: read them, open what they point to, mark them read. */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    private final Notifications notifications;
    private final CurrentUsers users;

    NotificationPages(Notifications notifications, CurrentUsers users) {
        this.notifications = notifications;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("notifications", notifications.of(users.require().accountId()));
        return "notification/list";
    }

    /** Marks the notification read and goes where it points; links are paths this application stored itself. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        String link = notifications.read(users.require().accountId(), id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        notifications.read(users.require().accountId(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll() {
        notifications.readAll(users.require().accountId());
        return "redirect:/notifications";
    }
}

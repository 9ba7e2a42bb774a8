package cn.jiangxin.booking;

import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What bookings have waiting: for a venue the slots that have ended with bookings whose attendance is not recorded
 * (the count of the list it links to); for a talent their bookings to come.
 */
@Component
class BookingTodos implements TodoSource {

    private final CurrentUsers users;
    private final BookingListing listing;

    BookingTodos(CurrentUsers users, BookingListing listing) {
        this.users = users;
        this.listing = listing;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(Role.PROVIDER)) {
            ListQuery query = ListQuery.filtered(BookingListing.SLOTS, BookingListing.UNMARKED);
            todos.add(Todo.of(Section.VENUE, "todo.venue.bookingsUnmarked", listing.slotCount(user, query),
                    query.href()));
        }
        if (user.has(Role.TALENT) && user.person().isPresent()) {
            todos.add(Todo.of(Section.TALENT, "todo.talent.bookingsUpcoming", listing.upcomingOf(user.person().get()),
                    "/my/bookings?show=" + BookingPages.UPCOMING));
        }
        return todos;
    }
}

package cn.jiangxin.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.test.web.servlet.MockMvc;

/** Checks a {@link TodoSource} against the lists it links to: each count is the total its link's page shows. */
public final class TodoLinks {

    private TodoLinks() {
    }

    /** The to-dos of {@code username}, each checked against the total of its list opened as that user. */
    public static List<Todo> agreeWithTheirLists(MockMvc mvc, Staff staff, String username, TodoSource source)
            throws Exception {
        List<Todo> todos = staff.actingAs(username, source::waitingForCurrentUser);
        for (Todo todo : todos) {
            String page = mvc.perform(get(todo.href()).with(staff.as(username))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(ListPages.total(page)).as(todo.label() + " " + todo.href()).isEqualTo(todo.count());
        }
        return todos;
    }
}

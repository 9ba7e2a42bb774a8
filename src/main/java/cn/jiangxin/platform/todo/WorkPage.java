package cn.jiangxin.platform.todo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Gathers every module's {@link TodoSource} into the sections of the work page, in {@link Section} order. */
@Component
public class WorkPage {

    private final List<TodoSource> sources;

    WorkPage(List<TodoSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sections with something in them for the signed-in user, each with its to-dos in the order given. */
    public List<Desk> forCurrentUser() {
        Map<Section, List<Todo>> bySection = new EnumMap<>(Section.class);
        for (TodoSource source : sources) {
            for (Todo todo : source.waitingForCurrentUser()) {
                bySection.computeIfAbsent(todo.section(), s -> new ArrayList<>()).add(todo);
            }
        }
        return bySection.entrySet().stream().map(e -> new Desk(e.getKey(), e.getValue())).toList();
    }

    /** One section of the work page. */
    public record Desk(Section section, List<Todo> todos) {

        public Desk {
            todos = List.copyOf(todos);
        }

        public long alarming() {
            return todos.stream().filter(Todo::alarming).count();
        }
    }
}

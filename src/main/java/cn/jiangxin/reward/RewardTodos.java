package cn.jiangxin.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.payment.BatchListing;
import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.platform.todo.TodoSource;
import org.springframework.stereotype.Component;

/**
 * What the rewards have waiting: for finance the cases ready for a batch (待制单), the batches others made that the
 * user may approve (待审批, urgent), the exported batches whose results are not all recorded (待登记结果) (batches of
 * every kind of payable: the payment module has no to-dos of its own); for a unit
 * officer the unit's training-unit rewards without a bank account; for a talent their own. Each count is the total
 * of the list its link opens, asked with the same query.
 */
@Component
class RewardTodos implements TodoSource {

    static final Map<String, String> TO_BATCH = Map.of("state", RewardState.READY.name());
    static final Map<String, String> TO_APPROVE = Map.of("state", PaymentBatch.State.SUBMITTED.name(),
            "maker", "others");
    static final Map<String, String> TO_RECORD = Map.of("state", PaymentBatch.State.APPROVED.name(),
            "exported", "yes");
    /** The batch list at its reward address; it holds the batches of every kind of payable. */
    private static final ListSpec BATCHES = BatchListing.spec(BatchListing.REWARD_PATH);
    static final Map<String, String> NO_BANK = Map.of("state", RewardState.AWAITING_BANK_DETAILS.name());

    private final CurrentUsers users;
    private final RewardListing cases;
    private final BatchListing batches;

    RewardTodos(CurrentUsers users, RewardListing cases, BatchListing batches) {
        this.users = users;
        this.cases = cases;
        this.batches = batches;
    }

    @Override
    public List<Todo> waitingForCurrentUser() {
        return users.current().map(this::waitingFor).orElse(List.of());
    }

    private List<Todo> waitingFor(CurrentUser user) {
        List<Todo> todos = new ArrayList<>();
        if (user.has(Role.FINANCE)) {
            ListQuery toBatch = RewardListing.query(RewardListing.FINANCE, TO_BATCH);
            todos.add(Todo.of(Section.FINANCE, "todo.finance.toBatch", cases.count(user, toBatch), toBatch.href()));
            ListQuery toApprove = RewardListing.query(BATCHES, TO_APPROVE);
            todos.add(Todo.urgent(Section.FINANCE, "todo.finance.toApprove", batches.count(user, toApprove),
                    toApprove.href()));
            ListQuery toRecord = RewardListing.query(BATCHES, TO_RECORD);
            todos.add(Todo.of(Section.FINANCE, "todo.finance.toRecord", batches.count(user, toRecord),
                    toRecord.href()));
        }
        if (user.has(Role.UNIT_OFFICER) && user.unit().isPresent()) {
            todos.add(noBank(user, Section.UNIT, RewardListing.UNIT, "todo.unit.bankDetails"));
        }
        if (user.has(Role.TALENT) && user.person().isPresent()) {
            todos.add(noBank(user, Section.TALENT, RewardListing.MINE, "todo.talent.bankDetails"));
        }
        return todos;
    }

    private Todo noBank(CurrentUser user, Section section, ListSpec spec, String label) {
        ListQuery query = RewardListing.query(spec, NO_BANK);
        return Todo.of(section, label, cases.count(user, query), query.href());
    }
}

package cn.jiangxin.booking;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.CurrentUsers;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The venue's pages of bookings: its slots as a paged list with the Excel export, publishing slots (one, or a weekly
 * pattern), a slot's roster with masked names where no-shows are recorded, cancelling a slot; system administrators
 * act for any venue. Bureau staff see every booking at {@code /bookings}.
 */
@Controller
class SlotPages {

    private static final String VENUE = "hasAnyRole('PROVIDER','SYSTEM_ADMIN')";
    private static final String STAFF = "hasAnyRole('REVIEWER','APPROVER','SYSTEM_ADMIN')";

    private final Slots slots;
    private final BookingListing listing;
    private final CurrentUsers users;
    private final AccountDirectory directory;

    SlotPages(Slots slots, BookingListing listing, CurrentUsers users, AccountDirectory directory) {
        this.slots = slots;
        this.listing = listing;
        this.users = users;
        this.directory = directory;
    }

    @GetMapping("/venue/slots")
    @PreAuthorize(VENUE)
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("listing", listing.slots(user, ListQuery.parse(BookingListing.SLOTS,
                request.getParameterMap())));
        model.addAttribute("states", BookingListing.SLOT_STATES);
        model.addAttribute("services", slots.servicesNeedingBooking(slots.terms()));
        model.addAttribute("allVenues", user.has(Role.SYSTEM_ADMIN) && !user.has(Role.PROVIDER));
        return "booking/slots";
    }

    @GetMapping("/venue/slots.xlsx")
    @PreAuthorize(VENUE)
    void export(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(BookingListing.SLOTS, request.getParameterMap());
        ExcelTable.attach(response, "slots.xlsx");
        listing.exportSlots(users.require(), query, locale, response.getOutputStream());
    }

    @GetMapping("/venue/slots/new")
    @PreAuthorize(VENUE)
    String form(Model model) {
        SlotForm form = new SlotForm();
        form.setStart(LocalTime.of(8, 0));
        form.setEnd(LocalTime.of(10, 0));
        form.setCapacity(10);
        form.setDate(slots.today().plusDays(1));
        form.setFrom(slots.today().plusDays(1));
        form.setTo(slots.today().plusWeeks(4));
        return showForm(form, model);
    }

    private String showForm(SlotForm form, Model model) {
        CurrentUser user = users.require();
        boolean admin = !user.has(Role.PROVIDER);
        model.addAttribute("form", form);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("admin", admin);
        model.addAttribute("venues", admin ? directory.withRole(Role.PROVIDER) : List.of());
        model.addAttribute("services", admin ? slots.servicesNeedingBooking(slots.terms())
                : slots.bookableServices(user.accountId()));
        return "booking/new";
    }

    @PostMapping("/venue/slots")
    @PreAuthorize(VENUE)
    String publishOne(@ModelAttribute("form") SlotForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        return publish(form, errors, model, flash, false);
    }

    @PostMapping("/venue/slots/pattern")
    @PreAuthorize(VENUE)
    String publishPattern(@ModelAttribute("form") SlotForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        return publish(form, errors, model, flash, true);
    }

    private String publish(SlotForm form, BindingResult errors, Model model, RedirectAttributes flash,
            boolean weekly) {
        if (errors.hasErrors()) {
            model.addAttribute("formError", true);
            return showForm(form, model);
        }
        flash.addFlashAttribute("published", slots.publish(users.require(), form.getVenueAccount(),
                weekly ? form.pattern() : form.single()));
        return "redirect:/venue/slots";
    }

    @GetMapping("/venue/slots/{id}")
    @PreAuthorize(VENUE)
    String slot(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Slot slot = slots.slot(user, id);
        model.addAttribute("slot", slot);
        model.addAttribute("roster", slots.roster(user, id));
        model.addAttribute("ended", slot.endedAt(slots.now()));
        model.addAttribute("started", !slots.now().isBefore(slot.startsAt()));
        return "booking/slot";
    }

    @PostMapping("/venue/slots/{id}/cancel")
    @PreAuthorize(VENUE)
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason) {
        slots.cancel(users.require(), id, reason);
        return "redirect:/venue/slots/" + id;
    }

    @PostMapping("/venue/bookings/{bookingId}/no-show")
    @PreAuthorize(VENUE)
    String noShow(@PathVariable long bookingId) {
        Booking b = slots.recordNoShow(users.require(), bookingId);
        return "redirect:/venue/slots/" + b.slotId() + "#roster";
    }

    @GetMapping("/bookings")
    @PreAuthorize(STAFF)
    String all(HttpServletRequest request, Model model) {
        model.addAttribute("listing", listing.bookings(ListQuery.parse(BookingListing.BOOKINGS,
                request.getParameterMap())));
        model.addAttribute("statuses", BookingListing.STATUSES);
        model.addAttribute("services", slots.servicesNeedingBooking(slots.terms()));
        return "booking/all";
    }

    @GetMapping("/bookings.xlsx")
    @PreAuthorize(STAFF)
    void exportAll(HttpServletRequest request, Locale locale, HttpServletResponse response) throws IOException {
        ListQuery query = ListQuery.parse(BookingListing.BOOKINGS, request.getParameterMap());
        ExcelTable.attach(response, "bookings.xlsx");
        listing.exportBookings(query, locale, response.getOutputStream());
    }
}

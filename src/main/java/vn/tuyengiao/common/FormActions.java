package vn.tuyengiao.common;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every HTML form action does with its outcome, one rule for the whole UI.
 * <ul>
 * <li>Done: Post/Redirect/Get back to the page, with the success message as the
 * {@code flash} attribute.</li>
 * <li>Refused because the user may not do it (403) or the thing does not exist (404): the
 * exception goes on to the error page ({@code WebErrors}), since the page to go back to
 * cannot be shown either.</li>
 * <li>Refused for any other reason (invalid input 400, a conflict or a stale version
 * 409): back to the page with the Vietnamese message as the {@code error} attribute;
 * nothing was saved.</li>
 * </ul>
 */
@Component
public final class FormActions {

	private final Messages messages;

	public FormActions(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The one rule: 403 and 404 are shown as an error page, everything else on the form.
	 */
	public static boolean showsErrorPage(AppException ex) {
		return ex.status() == 403 || ex.status() == 404;
	}

	/**
	 * Runs the action and redirects to {@code back}; the action returns the success
	 * message.
	 */
	public String redirect(RedirectAttributes redirect, String back, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flash", action.get());
		}
		catch (AppException ex) {
			refused(ex, redirect);
		}
		return "redirect:" + back;
	}

	/** Runs the action and redirects to {@code back} saying "Đã lưu". */
	public String save(RedirectAttributes redirect, String back, Runnable action) {
		return redirect(redirect, back, () -> {
			action.run();
			return this.messages.get("common.saved");
		});
	}

	/**
	 * Runs an action whose success page depends on its result (a new record's page); on a
	 * refusal redirects to {@code back} with the message.
	 */
	public <T> String redirect(RedirectAttributes redirect, String back, Supplier<T> action, Function<T, String> done,
			Function<T, String> successMessage) {
		try {
			T result = action.get();
			redirect.addFlashAttribute("flash", successMessage.apply(result));
			return "redirect:" + done.apply(result);
		}
		catch (AppException ex) {
			refused(ex, redirect);
			return "redirect:" + back;
		}
	}

	/**
	 * Runs an action whose refusal shows the form again (keeping what the user typed): on
	 * a refusal puts the message in {@code error} and returns {@code formView}'s view.
	 */
	public String orForm(Model model, Supplier<String> action, Supplier<String> formView) {
		try {
			return action.get();
		}
		catch (AppException ex) {
			if (showsErrorPage(ex)) {
				throw ex;
			}
			model.addAttribute("error", this.messages.of(ex));
			return formView.get();
		}
	}

	private void refused(AppException ex, RedirectAttributes redirect) {
		if (showsErrorPage(ex)) {
			throw ex;
		}
		redirect.addFlashAttribute("error", this.messages.of(ex));
	}

}

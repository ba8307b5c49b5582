package vn.tuyengiao.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tuyengiao.system.DemoDataStatus;
import vn.tuyengiao.system.DeploymentMode;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.UserService;

/**
 * What every page's layout shows: the signed-in user and whether this is an evaluation
 * installation.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final UserService users;

	private final DeploymentMode mode;

	private final boolean demoData;

	private final DemoDataStatus demoStatus;

	LayoutModel(UserService users, DeploymentMode mode, DemoDataStatus demoStatus,
			@org.springframework.beans.factory.annotation.Value("${tuyengiao.demo-data:false}") boolean demoData) {
		this.users = users;
		this.mode = mode;
		this.demoStatus = demoStatus;
		this.demoData = demoData;
	}

	/**
	 * The first start of an evaluation installation is still loading its demo data: the
	 * figures are not all in.
	 */
	@ModelAttribute("demoLoading")
	boolean demoLoading() {
		return this.demoStatus.isLoading();
	}

	/** The login page lists the demo accounts only where the demo loader created them. */
	@ModelAttribute("demoAccounts")
	boolean demoAccounts() {
		return this.mode.isEvaluation() && this.demoData;
	}

	@ModelAttribute("evaluationMode")
	boolean evaluationMode() {
		return this.mode.isEvaluation();
	}

	/**
	 * The same attributes for a page rendered outside a controller (the error page of
	 * {@link WebErrors}), so it keeps the menu and the banners.
	 */
	void addTo(org.springframework.web.servlet.ModelAndView page) {
		page.addObject("demoLoading", demoLoading());
		page.addObject("demoAccounts", demoAccounts());
		page.addObject("evaluationMode", evaluationMode());
		page.addObject("currentUser", currentUser());
		page.addObject("readOnly", readOnly());
	}

	/**
	 * The signed-in user may only read (the viewer): pages leave out their forms and
	 * buttons that change data, instead of refusing on submit.
	 */
	@ModelAttribute("readOnly")
	boolean readOnly() {
		AppUser user = currentUser();
		return user != null && !user.getRole().canWrite();
	}

	@ModelAttribute("currentUser")
	AppUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return this.users.find(auth.getName()).orElse(null);
	}

}

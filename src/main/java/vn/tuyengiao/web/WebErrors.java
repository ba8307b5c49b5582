package vn.tuyengiao.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;

/**
 * Every failure reaches the user in Vietnamese: API callers get an RFC 9457 problem
 * document, people get the error page.
 */
@ControllerAdvice
class WebErrors {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

	private final Messages messages;

	private final long maxUploadMb;

	private final LayoutModel layout;

	WebErrors(Messages messages, LayoutModel layout,
			@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:25MB}") String max) {
		this.messages = messages;
		this.layout = layout;
		this.maxUploadMb = org.springframework.util.unit.DataSize.parse(max).toMegabytes();
	}

	@ExceptionHandler(AppException.class)
	Object app(AppException ex, HttpServletRequest req, HttpServletResponse res) {
		return respond(req, HttpStatus.valueOf(ex.status()), this.messages.of(ex), ex);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	Object stale(ObjectOptimisticLockingFailureException ex, HttpServletRequest req) {
		return respond(req, HttpStatus.CONFLICT, this.messages.get("error.staleVersion"), null);
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class })
	Object tooLarge(MultipartException ex, HttpServletRequest req) {
		return respond(req, HttpStatus.CONTENT_TOO_LARGE, this.messages.get("error.uploadTooLarge", this.maxUploadMb),
				null);
	}

	/**
	 * An upload sent as anything but a multipart form (a JSON body, say), or a form
	 * without its file: told in Vietnamese, naming the file field, never Spring's English
	 * body.
	 */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest req) {
		String sent = ex.getContentType() == null ? "?" : ex.getContentType().toString();
		String expected = ex.getSupportedMediaTypes().isEmpty() ? "multipart/form-data"
				: ex.getSupportedMediaTypes().get(0).toString();
		return respond(req, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				this.messages.get("error.unsupportedMediaType", sent, expected), null);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingPart(MissingServletRequestPartException ex, HttpServletRequest req) {
		return respond(req, HttpStatus.BAD_REQUEST, this.messages.get("error.missingFile", ex.getRequestPartName()),
				null);
	}

	@ExceptionHandler(MultipartException.class)
	Object notMultipart(MultipartException ex, HttpServletRequest req) {
		return respond(req, HttpStatus.BAD_REQUEST, this.messages.get("error.notMultipart"), null);
	}

	/** Request parameters that cannot be read, also when bound to a request record. */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class, BindException.class })
	Object badRequest(Exception ex, HttpServletRequest req) {
		String badDate = badDate(ex);
		return respond(req, HttpStatus.BAD_REQUEST, badDate != null ? badDate : this.messages.get("error.badRequest"),
				null);
	}

	/**
	 * "Ngày sinh «31/02/2020» không phải là ngày có thật; nhập theo dạng dd/mm/yyyy." for
	 * a date that cannot be read, naming the field; null for any other bad request.
	 */
	private String badDate(Exception ex) {
		if (ex instanceof MethodArgumentTypeMismatchException mm
				&& java.time.LocalDate.class.equals(mm.getRequiredType())) {
			return dateMessage(mm.getName(), mm.getValue());
		}
		if (ex instanceof BindException be) {
			for (org.springframework.validation.FieldError fe : be.getFieldErrors()) {
				if (fe.contains(org.springframework.beans.TypeMismatchException.class) && java.time.LocalDate.class
					.equals(fe.unwrap(org.springframework.beans.TypeMismatchException.class).getRequiredType())) {
					return dateMessage(fe.getField(), fe.getRejectedValue());
				}
			}
		}
		return null;
	}

	private String dateMessage(String field, Object value) {
		String key = "dateField." + field;
		String label = this.messages.get(key);
		if (key.equals(label)) {
			label = this.messages.get("common.date");
		}
		return this.messages.get("error.badDate", label, value == null ? "" : value.toString());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(Exception ex, HttpServletRequest req) {
		return respond(req, HttpStatus.METHOD_NOT_ALLOWED, this.messages.get("error.methodNotAllowed"), null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(Exception ex, HttpServletRequest req) {
		return respond(req, HttpStatus.NOT_FOUND, this.messages.get("error.pageNotFound"), null);
	}

	private Object respond(HttpServletRequest req, HttpStatus status, String detail, AppException ex) {
		if (isApi(req)) {
			ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
			pd.setTitle(this.messages.get("error.title." + status.value()));
			pd.setInstance(URI.create(req.getRequestURI()));
			if (ex != null) {
				pd.setProperty("code", ex.messageKey());
				if (!ex.details().isEmpty()) {
					pd.setProperty("errors",
							ex.details()
								.stream()
								.map(d -> java.util.Map.of("field", this.messages.get(d.fieldKey()), "message",
										this.messages.get(d.messageKey(), d.args())))
								.toList());
				}
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
		}
		if (status.is5xxServerError()) {
			log.error("Request {} failed: {}", req.getRequestURI(), detail);
		}
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("message", detail);
		this.layout.addTo(mav);
		return mav;
	}

	static boolean isApi(HttpServletRequest req) {
		return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
	}

}

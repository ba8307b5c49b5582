package vn.tuyengiao.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for the list fragments ({@code templates/fragments/list.html}): the current list
 * with one parameter changed, so a pager or a sort header keeps every filter without each
 * page spelling them out. {@code ${@lists.sort('name')}}.
 */
@Component("lists")
public class ListLinks {

	private final Clock clock;

	ListLinks(Clock clock) {
		this.clock = clock;
	}

	/** The next page: the rows after {@code after}. */
	public String next(Listing.Slice<?> slice) {
		return current().replaceQueryParam("after", slice.next())
			.replaceQueryParam("page", slice.page() + 1)
			.build()
			.encode()
			.toUriString();
	}

	public String first() {
		return current().replaceQueryParam("after").replaceQueryParam("page").build().encode().toUriString();
	}

	/** Sorting by a column starts again at the first page; a second click reverses it. */
	public String sort(String key) {
		String now = param("sort");
		String next = key.equals(now) ? "-" + key : key;
		return current().replaceQueryParam("sort", next)
			.replaceQueryParam("after")
			.replaceQueryParam("page")
			.build()
			.encode()
			.toUriString();
	}

	/** "asc", "desc" or "" for a column's header, given the list's sort. */
	public String arrow(String key, Listing.Sort sort) {
		if (sort == null || !sort.key().equals(key)) {
			return "";
		}
		return sort.descending() ? "desc" : "asc";
	}

	/** The same list as a file: the same filters and sort, every row. */
	public String export(String path) {
		UriComponentsBuilder b = current().replacePath(request().getContextPath() + path)
			.replaceQueryParam("after")
			.replaceQueryParam("page");
		return b.build().encode().toUriString();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String param(String name) {
		return request().getParameter(name);
	}

	private static UriComponentsBuilder current() {
		HttpServletRequest r = request();
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(r.getRequestURI());
		for (Map.Entry<String, String[]> e : r.getParameterMap().entrySet()) {
			if (!e.getKey().startsWith("_")) {
				b.queryParam(e.getKey(), (Object[]) e.getValue());
			}
		}
		return b;
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}

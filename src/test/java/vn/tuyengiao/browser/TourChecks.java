package vn.tuyengiao.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * What a newcomer must never meet on a page, as checks over the page's text and markup: a
 * "Sắp có" placeholder for a module that exists, a raw message key, an ISO date, a year
 * written like a count ("năm 2.026"), an English word from a denylist, the same unit name
 * for two different units in one list, a page taller than 15,000 px on a desktop.
 */
final class TourChecks {

	/** Modules that truly do not exist yet: only their pages may say "Sắp có". */
	static final Set<String> NOT_YET = Set.of("/supervision", "/books", "/press", "/cell-meetings", "/public-opinion");

	static final int MAX_HEIGHT = 15_000;

	/**
	 * Words of the browser's or the programmer's language that have no place on a page.
	 */
	static final List<String> ENGLISH = List.of("Choose", "chosen", "Browse", "SUBMITTED", "SIGNED", "DRAFT",
			"REVIEWED", "REGISTERED", "APPROVED", "RETURNED", "APPRAISED", "OPEN", "CONFIRMED_COPY", "FALSE_ALARM",
			"ACTIVE", "EXEMPT", "AWAY", "CREATE", "UPDATE", "DELETE", "SIGN", "ISSUE", "null", "undefined", "NaN",
			"true", "false", "Whitelabel", "Exception", "Error", "Jaccard", "Submit", "Save", "Cancel", "Search",
			"Loading", "mm/dd/yyyy");

	private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d{2}-[01]\\d-[0-3]\\d\\b");

	private static final Pattern GROUPED_YEAR = Pattern.compile("[Nn]ăm (19|20)\\.\\d{3}\\b|\\b(19|20)\\d\\.\\d{3}-");

	private static final Pattern THYMELEAF_MISSING = Pattern.compile("\\?\\?[\\w.]+\\?\\?");

	private static final Pattern ENGLISH_WORD = Pattern
		.compile("(?<![\\p{L}\\d_.-])(" + String.join("|", ENGLISH) + ")(?![\\p{L}\\d_])");

	private final Pattern rawKey;

	TourChecks() {
		Set<String> prefixes = new TreeSet<>();
		Properties messages = new Properties();
		try (InputStream in = TourChecks.class.getResourceAsStream("/i18n/messages_vi.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		for (String key : messages.stringPropertyNames()) {
			if (key.contains(".")) {
				prefixes.add(Pattern.quote(key.substring(0, key.indexOf('.'))));
			}
		}
		this.rawKey = Pattern.compile("(?<![\\p{L}\\d/@-])(?:" + String.join("|", prefixes)
				+ ")\\.[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*(?![\\p{L}\\d/])");
	}

	/**
	 * The problems of the page now open; {@code path} is its address without the host.
	 */
	List<String> check(Page page, String path, boolean desktop) {
		List<String> problems = new ArrayList<>();
		String text = (String) page.evaluate("() => document.body.innerText");
		String bare = path.replaceAll("[?#].*", "");
		if (text.contains("Sắp có") && !NOT_YET.contains(bare)) {
			problems.add("a 'Sắp có' placeholder");
		}
		find(THYMELEAF_MISSING, text, "a missing message", problems);
		find(this.rawKey, text, "a raw message key", problems);
		find(ISO_DATE, text, "an ISO date", problems);
		find(GROUPED_YEAR, text, "a year grouped like a count", problems);
		find(ENGLISH_WORD, text, "an English word", problems);
		@SuppressWarnings("unchecked")
		List<String> ambiguous = (List<String>) page.evaluate(AMBIGUOUS_JS);
		for (String a : ambiguous) {
			problems.add("an ambiguous unit name: " + a);
		}
		if (desktop) {
			int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
			if (height > MAX_HEIGHT) {
				problems.add("a page " + height + " px tall (at most " + MAX_HEIGHT + ")");
			}
		}
		return problems;
	}

	/**
	 * For the viewer: controls that would only end in "403" on submit (a form that posts,
	 * but logging out; a link to a new, edit, import or merge page).
	 */
	@SuppressWarnings("unchecked")
	static List<String> writeControls(Page page) {
		return (List<String>) page.evaluate(
				"""
						() => [...document.querySelectorAll('form')]
						    .filter(f => (f.getAttribute('method') || '').toLowerCase() === 'post' && !f.action.endsWith('/logout')
						    && !(f.getAttribute('action') || '').startsWith('/account/'))
						    .map(f => 'a form posting to ' + f.getAttribute('action'))
						  .concat([...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
						    .filter(h => /\\/(new|edit|import|merge)(\\?|$)/.test(h)).map(h => 'a link to ' + h))
						  .slice(0, 5)""");
	}

	private static void find(Pattern p, String text, String what, List<String> problems) {
		Matcher m = p.matcher(text);
		Set<String> seen = new TreeSet<>();
		while (m.find() && seen.size() < 3) {
			int from = Math.max(0, m.start() - 30);
			int to = Math.min(text.length(), m.end() + 30);
			seen.add("«" + m.group() + "» in «" + text.substring(from, to).replace('\n', ' ') + "»");
		}
		for (String s : seen) {
			problems.add(what + ": " + s);
		}
	}

	/**
	 * In one table, list, select, button group or chart: two different units (different
	 * links, values or chart rows) shown under the same name. The same unit named on
	 * several rows (each member's cell) is no ambiguity.
	 */
	private static final String AMBIGUOUS_JS = """
			() => {
			  const unit = /^(Chi bộ|Đảng bộ|Đảng ủy|Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|Ban )/;
			  const out = [];
			  // What the reader sees of a unit: its name with what stands beside it on its line (a code), less
			  // plain figures (counts, rates) that tell no unit from another.
			  const line = e => {
			    const p = e.parentElement;
			    if (!p || p.matches('table, tr, ul, ol, .list-group, .btn-group, .nav')) return '';
			    const copy = p.cloneNode(true);
			    copy.querySelectorAll('ul, ol, table, a, button').forEach(n => n.remove());
			    const beside = copy.textContent.split(/\\s+/).filter(w => w && !/^[\\d.,%/()]+$/.test(w)).join(' ');
			    return e.innerText.trim() + (beside ? ' ' + beside : '');
			  };
			  const containers = document.querySelectorAll('main table, main ul, main ol, main select, main .list-group, main .btn-group, main .nav');
			  for (const c of containers) {
			    const seen = new Map();
			    const items = c.matches('select') ? [...c.options].map(o => [o.text.trim(), 'v:' + o.value])
			      : [...c.querySelectorAll('a[href], button[value]')].filter(e => e.closest('table, ul, ol, .list-group, .btn-group, .nav') === c)
			          .map(e => [e.innerText.trim(), e.getAttribute('href') || ('v:' + e.value), line(e)]);
			    for (const [text, target, shown] of items) {
			      if (!unit.test(text)) continue;
			      const name = shown || text;
			      const t = seen.get(name);
			      if (t !== undefined && t !== target) { out.push(name); }
			      seen.set(name, target);
			    }
			  }
			  for (const canvas of document.querySelectorAll('canvas[data-labels]')) {
			    const labels = JSON.parse(canvas.dataset.labels);
			    labels.filter((l, i) => labels.indexOf(l) !== i).forEach(l => out.push(l + ' (chart)'));
			  }
			  return [...new Set(out)].slice(0, 5);
			}""";

}

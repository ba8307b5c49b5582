package vn.tuyengiao.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a phase measured: lines of the summary table and a Markdown section with the
 * details.
 */
final class Result {

	record Target(String what, String target, String measured, Boolean met) {
	}

	final String title;

	final List<Target> targets = new ArrayList<>();

	final StringBuilder body = new StringBuilder();

	Result(String title) {
		this.title = title;
	}

	Result target(String what, String target, String measured, Boolean met) {
		this.targets.add(new Target(what, target, measured, met));
		return this;
	}

	Result line(String s) {
		this.body.append(s).append('\n');
		System.err.println("bench: " + s);
		return this;
	}

	Result para(String s) {
		return line(s).line("");
	}

}

package vn.tuyengiao.reporttemplate;

import java.util.List;

import vn.tuyengiao.report.Block;

/**
 * A port: one module's data drafted as the body of one section of a periodic report
 * ("Sinh hoạt chi bộ", "Tủ sách", "Báo chí của Đảng", "Kết quả học tập" …). The template
 * owns the section's heading and number; the source writes what follows it — paragraphs
 * with the figures and the formula behind them ("178/189 đồng chí, đạt 94,18%"), the
 * units lagging named unambiguously, tables where the seeds have them — as an official
 * would write it, with {@code draft = true} on every paragraph or item drafted from data
 * so the officer reviews it before signing. Sub-headings, if any, are level 2 or 3.
 * <p>
 * Implementations live in the contributing module's {@code internal} package as Spring
 * beans. A source never throws for a unit with no data: it writes the sentence an
 * official would ("Trong kỳ, chưa có chi bộ nào …") or returns an empty list.
 */
public interface SectionSource {

	/**
	 * The stable key a template stores, "module.what": {@code meeting.cell-meetings},
	 * {@code bookcabinet.cabinets}, {@code press.subscriptions}. Never changes once
	 * released.
	 */
	String key();

	/**
	 * Vietnamese name the administrator picks from when building a template: "Sinh hoạt
	 * chi bộ (số cuộc, chuyên đề, kể chuyện về Bác và bài học rút ra, tỷ lệ dự)".
	 */
	String label();

	/**
	 * The section's body for the context's unit and period. Reads only within
	 * {@link SectionContext#scope()}.
	 */
	List<Block> draft(SectionContext context);

}

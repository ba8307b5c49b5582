package vn.tuyengiao.emulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;

/**
 * A report section on the awards decided in the unit's subtree in the period, and the
 * proposals sent to the level above (seed 003: "khen thưởng 13 tập thể, 36 cá nhân …; đề
 * xuất … khen thưởng 02 tập thể, 02 cá nhân").
 */
@Component
class AwardsSectionSource implements SectionSource {

	private final AwardService awards;

	private final OrgUnits org;

	AwardsSectionSource(AwardService awards, OrgUnits org) {
		this.awards = awards;
		this.org = org;
	}

	@Override
	public String key() {
		return "emulation.awards";
	}

	@Override
	public String label() {
		return "Khen thưởng tập thể, cá nhân tiêu biểu (số tập thể, cá nhân được khen, đề xuất cấp trên)";
	}

	@Override
	public List<Block> draft(SectionContext c) {
		this.org.get(c.scope(), c.unitId());
		AwardService.Figures f = this.awards.figures(c.scope(), c.unitId(), c.from(), c.to());
		List<Block> out = new ArrayList<>();
		if (!f.awarded().isEmpty()) {
			out.add(new Block.Item("-", "Khen thưởng " + f.awarded().text()
					+ " có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
					true));
		}
		if (!f.proposed().isEmpty()) {
			out.add(new Block.Item("-", "Đề xuất cấp trên khen thưởng " + f.proposed().text() + ".", true));
		}
		if (out.isEmpty()) {
			out.add(new Block.Paragraph("Trong kỳ báo cáo, chưa có quyết định khen thưởng nào được ghi nhận.", true));
		}
		return out;
	}

}

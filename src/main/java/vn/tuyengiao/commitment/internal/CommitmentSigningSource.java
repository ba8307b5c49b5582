package vn.tuyengiao.commitment.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentCompleteness;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.text.VnFormat;

/**
 * A report section from the commitment campaigns of the period's years: how many members
 * wrote their commitment and how many were signed off by their cell, with the fraction
 * behind each rate.
 */
@Component
class CommitmentSigningSource implements SectionSource {

	private final CommitmentService commitments;

	private final CommitmentCompleteness completeness;

	private final OrgUnits org;

	private final Messages messages;

	CommitmentSigningSource(CommitmentService commitments, CommitmentCompleteness completeness, OrgUnits org,
			Messages messages) {
		this.messages = messages;
		this.commitments = commitments;
		this.completeness = completeness;
		this.org = org;
	}

	@Override
	public String key() {
		return "commitment.signing";
	}

	@Override
	public String label() {
		return this.messages.get(key());
	}

	@Override
	public List<Block> draft(SectionContext c) {
		OrgUnit unit = this.org.get(c.scope(), c.unitId());
		List<Block> out = new ArrayList<>();
		for (CommitmentCampaign campaign : this.commitments.campaigns(c.scope())) {
			String owner = this.org.get(campaign.ownerUnitId()).getPath();
			boolean related = unit.getPath().startsWith(owner) || owner.startsWith(unit.getPath());
			if (!related || campaign.year() < c.from().getYear() || campaign.year() > c.to().getYear()) {
				continue;
			}
			CommitmentCompleteness.Figures f = this.completeness.rollup(c.scope(), campaign.id(), unit.getId())
				.figures();
			if (f.expected() == 0 && f.submitted() == 0) {
				continue;
			}
			out.add(new Block.Item("-",
					campaign.title() + ": " + f.submittedRatio() + " đảng viên đã xây dựng bản cam kết, đạt "
							+ f.submittedRate() + "; chi ủy đã ký duyệt " + VnFormat.ratio(f.signed(), f.expected())
							+ ", đạt " + f.signedRate() + "; còn " + VnFormat.count(f.missing())
							+ " đảng viên chưa xây dựng.",
					true));
		}
		if (out.isEmpty()) {
			out.add(new Block.Paragraph("Trong kỳ báo cáo, chưa có đợt xây dựng bản cam kết nào được ghi nhận số liệu.",
					true));
		}
		return out;
	}

}

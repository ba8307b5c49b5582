package vn.tuyengiao.copydetection.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.SimilarCommitments;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.CopyFindings;

/** The commitment page's similar commitments: the findings the commitment is part of. */
@Component
class SimilarFromFindings implements SimilarCommitments {

	private final CopyFindings findings;

	SimilarFromFindings(CopyFindings findings) {
		this.findings = findings;
	}

	@Override
	public List<Similar> of(Scope scope, long commitmentId) {
		return this.findings.forCommitment(scope, commitmentId).stream().map(f -> {
			CopyFindings.Side o = f.otherThan(commitmentId);
			return new Similar(f.id(), o.commitmentId(), o.memberName(), o.cellName(), o.year(),
					f.shareOf(commitmentId), f.sameMember(), f.ownEarlierText(commitmentId), f.status().name(),
					f.status().messageKey());
		}).toList();
	}

}

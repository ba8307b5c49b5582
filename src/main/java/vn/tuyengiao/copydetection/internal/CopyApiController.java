package vn.tuyengiao.copydetection.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.CopyFindings;
import vn.tuyengiao.copydetection.CopyStatus;
import vn.tuyengiao.similarity.Passage;

@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Bản cam kết trùng nhau",
		description = "Kết quả so sánh bản cam kết (phát hiện sao chép) trong phạm vi của người dùng")
class CopyApiController {

	private final CopyFindings copies;

	CopyApiController(CopyFindings copies) {
		this.copies = copies;
	}

	/** One side of a pair. */
	record SideDto(long commitmentId, long campaignId, int year, long memberId, String memberName, long cellId,
			String cellName) {

		static SideDto of(CopyFindings.Side s) {
			return new SideDto(s.commitmentId(), s.campaignId(), s.year(), s.memberId(), s.memberName(), s.cellId(),
					s.cellName());
		}

	}

	/**
	 * A finding. {@code containment}: share of {@code commitment}'s 3-syllable shingles
	 * found in {@code other}; {@code otherContainment} the reverse.
	 */
	record FindingDto(long id, SideDto commitment, SideDto other, double jaccard, double containment,
			double otherContainment, boolean sameMember, CopyStatus status, Instant foundAt, String decidedBy,
			Instant decidedAt, String comment, long version) {

		static FindingDto of(CopyFindings.Finding f) {
			return new FindingDto(f.id(), SideDto.of(f.checked()), SideDto.of(f.other()), f.jaccard(), f.containment(),
					f.otherContainment(), f.sameMember(), f.status(), f.foundAt(), f.decidedBy(), f.decidedAt(),
					f.comment(), f.version());
		}

	}

	/**
	 * As seen from one commitment: the other one and how much of this text is found
	 * there.
	 */
	record SimilarDto(long findingId, SideDto other, double share, double otherShare, double jaccard,
			boolean sameMember, boolean ownEarlierText, CopyStatus status) {
	}

	/**
	 * The side-by-side view: both texts and the shared passages as character offsets (end
	 * exclusive).
	 */
	record PairDto(FindingDto finding, SideDto left, SideDto right, String leftText, String rightText,
			List<Passage> passages) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CopyDecisionRequest")
	record DecisionRequest(CopyStatus status, String comment, Long version) {
	}

	record ClusterDto(List<SideDto> members, List<String> cells, double maxShare) {
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Các bản cam kết giống bản này (mọi năm, mọi đơn vị trong phạm vi), giống nhiều nhất trước")
	List<SimilarDto> similar(Scope scope, @PathVariable long id) {
		return this.copies.forCommitment(scope, id)
			.stream()
			.map(f -> new SimilarDto(f.id(), SideDto.of(f.otherThan(id)), f.shareOf(id),
					f.shareOf(f.otherThan(id).commitmentId()), f.jaccard(), f.sameMember(), f.ownEarlierText(id),
					f.status()))
			.toList();
	}

	@GetMapping("/copies/{findingId}")
	@Operation(summary = "Hai bản cam kết đặt cạnh nhau với các đoạn trùng (vị trí ký tự trong mỗi bản)")
	PairDto pair(Scope scope, @PathVariable long findingId, @RequestParam(required = false) Long from) {
		CopyFindings.Pair p = this.copies.pair(scope, findingId, from);
		return new PairDto(FindingDto.of(p.finding()), SideDto.of(p.leftSide()), SideDto.of(p.rightSide()),
				p.left().body(), p.right().body(), p.passages());
	}

	@PostMapping("/copies/{findingId}/decision")
	@Operation(
			summary = "Kết luận của cán bộ: xác nhận sao chép (CONFIRMED_COPY) hoặc không phải sao chép (FALSE_ALARM, cần lý do)")
	FindingDto decide(Scope scope, @PathVariable long findingId, @RequestBody DecisionRequest r) {
		if (r.version() == null) {
			throw AppException.invalid("commitment.versionRequired");
		}
		return FindingDto.of(this.copies.decide(scope, findingId, r.status(), r.comment(), r.version()));
	}

	@GetMapping("/campaigns/{id}/copies")
	@Operation(summary = "Các cặp bản cam kết giống nhau của đợt trong một đơn vị (lọc theo kết luận)")
	List<FindingDto> flagged(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) CopyStatus status) {
		return this.copies.flagged(scope, id, unit, status).stream().map(FindingDto::of).toList();
	}

	@GetMapping("/campaigns/{id}/copy-clusters")
	@Operation(summary = "Nhóm bản cam kết gần giống nhau của đợt trong một đơn vị")
	List<ClusterDto> clusters(Scope scope, @PathVariable long id, @RequestParam long unit) {
		return this.copies.clusters(scope, id, unit)
			.stream()
			.map(c -> new ClusterDto(c.members().stream().map(SideDto::of).toList(), c.cells(), c.maxShare()))
			.toList();
	}

}

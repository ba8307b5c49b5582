package vn.tuyengiao.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.text.VnFormat;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.internal.MemberDetails;
import vn.tuyengiao.member.internal.MemberValidator;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Members: reading within a scope, and every change (audited, with status and cell
 * history).
 */
@Service
public class MemberService {

	private static final String AUDIT_TYPE = "Member";

	private final MemberRepository members;

	private final MemberStatusPeriodRepository statusPeriods;

	private final MemberUnitPeriodRepository unitPeriods;

	private final MemberHistory history;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	MemberService(MemberRepository members, MemberStatusPeriodRepository statusPeriods,
			MemberUnitPeriodRepository unitPeriods, MemberHistory history, OrgUnits org, AuditLog audit, Clock clock) {
		this.history = history;
		this.members = members;
		this.statusPeriods = statusPeriods;
		this.unitPeriods = unitPeriods;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Member get(Scope scope, long id) {
		Member m = this.members.findById(id).orElseThrow(() -> AppException.notFound("member.notFound", id));
		scope.requireRead(this.org.get(m.getUnitId()).getPath());
		return m;
	}

	@Transactional(readOnly = true)
	public MemberDetails details(Scope scope, long id) {
		Member m = get(scope, id);
		List<MemberUnitPeriod> cells = this.unitPeriods.findByMemberIdOrderByValidFromDesc(id);
		var units = this.org.getAll(cells.stream().map(MemberUnitPeriod::getUnitId).toList());
		OrgUnit unit = this.org.get(m.getUnitId());
		List<MemberDetails.CellPeriod> cellHistory = cells.stream()
			.map(p -> new MemberDetails.CellPeriod(units.get(p.getUnitId()), p.getValidFrom(), p.getValidTo()))
			.toList();
		return new MemberDetails(m, unit, this.org.ancestry(scope, unit),
				this.statusPeriods.findByMemberIdOrderByValidFromDesc(id), cellHistory);
	}

	@Transactional
	public Member create(Scope scope, MemberData data) {
		LocalDate today = LocalDate.now(this.clock);
		OrgUnit unit = resolveCell(scope, data);
		List<FieldProblem> problems = new ArrayList<>(MemberValidator.validate(data, today));
		requireUniqueCard(data.cardNumber(), null, problems);
		if (!problems.isEmpty()) {
			throw new InvalidMemberException(problems);
		}
		LocalDate since = data.statusSince() != null ? data.statusSince() : data.joinDate();
		MemberData normalised = new MemberData(data.fullName(), data.gender(), data.birthDate(), data.cardNumber(),
				data.joinDate(), data.fullMemberDate(), unit.getShortCode(), unit.getId(), data.position(),
				data.duties(), data.status(), since, data.retiredCadre());
		Member m = this.members.save(new Member(normalised, unit.getId()));
		this.history.start(m, since, data.joinDate().isAfter(since) ? since : data.joinDate());
		this.audit.record("CREATE", AUDIT_TYPE, m.getId(), unit.getPath(), "Thêm đảng viên " + m.getFullName(),
				"Chi bộ: " + unit.getName());
		return m;
	}

	/**
	 * Saves a member's fields. A different cell is a transfer and a different status a
	 * status change, each with its effective date, so the history stays right.
	 */
	@Transactional
	public Member update(Scope scope, long id, MemberData data, long version) {
		Member m = get(scope, id);
		OrgUnit current = this.org.get(m.getUnitId());
		scope.requireWrite(current.getPath());
		if (m.getVersion() != version) {
			throw AppException.staleVersion();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<FieldProblem> problems = new ArrayList<>(MemberValidator.validate(data, today));
		requireUniqueCard(data.cardNumber(), id, problems);
		if (!problems.isEmpty()) {
			throw new InvalidMemberException(problems);
		}
		String before = describe(m);
		m.apply(data);
		LocalDate effective = data.statusSince() != null ? data.statusSince() : today;
		if (data.status() != m.getStatus()) {
			this.history.changeStatus(m, data.status(), effective, null);
		}
		Long targetUnit = data.unitId();
		if (targetUnit == null && data.unitCode() != null && !data.unitCode().isBlank()) {
			targetUnit = resolveCell(scope, data).getId();
		}
		if (targetUnit != null && !targetUnit.equals(m.getUnitId())) {
			OrgUnit cell = resolveCell(scope, data.withUnitId(targetUnit));
			this.history.transfer(m, cell.getId(), today);
		}
		this.audit.record("UPDATE", AUDIT_TYPE, id, this.org.get(m.getUnitId()).getPath(),
				"Sửa đảng viên " + m.getFullName(), before + " → " + describe(m));
		return m;
	}

	@Transactional
	public Member changeStatus(Scope scope, long id, MemberStatus status, LocalDate since, String note, long version) {
		Member m = get(scope, id);
		scope.requireWrite(this.org.get(m.getUnitId()).getPath());
		if (m.getVersion() != version) {
			throw AppException.staleVersion();
		}
		if (since == null || since.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidMemberException(List.of(new FieldProblem(MemberField.STATUS_SINCE,
					since == null ? "validation.required" : "validation.future")));
		}
		if (since.isBefore(m.getStatusSince())) {
			throw new InvalidMemberException(
					List.of(new FieldProblem(MemberField.STATUS_SINCE, "member.statusBeforeCurrent")));
		}
		MemberStatus old = m.getStatus();
		this.history.changeStatus(m, status, since, note);
		this.audit.record("STATUS", AUDIT_TYPE, id, this.org.get(m.getUnitId()).getPath(),
				"Đổi tình trạng " + m.getFullName(), old.importLabel() + " → " + status.importLabel() + " từ "
						+ VnFormat.shortDate(since) + (note == null || note.isBlank() ? "" : " (" + note + ")"));
		return m;
	}

	private OrgUnit resolveCell(Scope scope, MemberData data) {
		OrgUnit unit;
		if (data.unitId() != null) {
			unit = this.org.get(data.unitId());
		}
		else if (data.unitCode() != null && !data.unitCode().isBlank()) {
			unit = this.org.findByCode(data.unitCode())
				.orElseThrow(() -> new InvalidMemberException(
						List.of(new FieldProblem(MemberField.UNIT, "member.unitUnknown", data.unitCode()))));
		}
		else {
			throw new InvalidMemberException(List.of(new FieldProblem(MemberField.UNIT, "validation.required")));
		}
		scope.requireWrite(unit.getPath());
		if (!unit.getKind().holdsMembers()) {
			throw new InvalidMemberException(
					List.of(new FieldProblem(MemberField.UNIT, "member.unitNotCell", unit.getName())));
		}
		if (unit.isClosed()) {
			throw new InvalidMemberException(
					List.of(new FieldProblem(MemberField.UNIT, "member.unitClosed", unit.getName())));
		}
		return unit;
	}

	private void requireUniqueCard(String card, Long self, List<FieldProblem> problems) {
		if (card == null || card.isBlank()) {
			return;
		}
		this.members.findByCardNumber(card.strip())
			.filter(other -> !other.getId().equals(self))
			.ifPresent(other -> problems
				.add(new FieldProblem(MemberField.CARD_NUMBER, "member.cardTaken", card.strip(), other.getFullName())));
	}

	private static String describe(Member m) {
		return m.getFullName() + " [" + m.getCardNumber() + ", " + m.getStatus() + ", " + m.getPosition() + "]";
	}

}

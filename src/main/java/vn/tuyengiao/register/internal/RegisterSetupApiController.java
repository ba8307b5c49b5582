package vn.tuyengiao.register.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.RegisterSetup;

/**
 * The register's set-up over REST: issuing bodies, committee terms, document types.
 * Errors are problem details in Vietnamese; a body or term outside the user's scope is
 * refused (403), a stale version is a conflict (409).
 */
@RestController
@RequestMapping("/api/v1/register")
@Tag(name = RegisterApiDocs.TAG, description = RegisterApiDocs.TAG_DESCRIPTION)
class RegisterSetupApiController {

	private final RegisterSetup setup;

	private final DocumentRegister register;

	RegisterSetupApiController(RegisterSetup setup, DocumentRegister register) {
		this.setup = setup;
		this.register = register;
	}

	record BodyDto(long id, long unitId, String name, String abbreviation, IssuingBody.Kind kind, String superiorName,
			String place, IssuingBody.Authority signerAuthority, String authorityLine, String signerTitle,
			String signerName, List<String> recipients, String filing, boolean canNumber, long version) {

		static BodyDto of(IssuingBody b) {
			return new BodyDto(b.getId(), b.getUnitId(), b.getName(), b.getAbbreviation(), b.getKind(),
					b.getSuperiorName(), b.getPlace(), b.getSignerAuthority(), b.authorityLine(), b.getSignerTitle(),
					b.getSignerName(), b.recipientLines(), b.defaultRecipients().filing(), b.canNumber(),
					b.getVersion());
		}

	}

	record BodyRequest(Long unitId, String name, String abbreviation, IssuingBody.Kind kind, String superiorName,
			String place, IssuingBody.Authority signerAuthority, String signerTitle, String signerName,
			List<String> recipients, Long version) {

		RegisterSetup.BodyForm form(long unit) {
			return new RegisterSetup.BodyForm(unit, this.name, this.abbreviation, this.kind, this.superiorName,
					this.place, this.signerAuthority, this.signerTitle, this.signerName,
					this.recipients == null ? null : String.join("\n", this.recipients), this.version);
		}

	}

	record TermDto(long id, long unitId, String name, LocalDate validFrom, LocalDate validTo, long version) {

		static TermDto of(CommitteeTerm t) {
			return new TermDto(t.getId(), t.getUnitId(), t.getName(), t.getValidFrom(), t.getValidTo(), t.getVersion());
		}

	}

	record TermRequest(Long unitId, String name, LocalDate validFrom, LocalDate validTo, Long version) {
	}

	record TypeDto(String code, String name, boolean active, long version) {

		static TypeDto of(DocumentTypeEntry t) {
			return new TypeDto(t.getCode(), t.getName(), t.isActive(), t.getVersion());
		}

	}

	record TypeRequest(String code, String name, Boolean active, Long version) {
	}

	@GetMapping("/bodies")
	@Operation(summary = "Các cơ quan ban hành trong phạm vi của người dùng")
	List<BodyDto> bodies(Scope scope) {
		return this.register.bodies(scope).stream().map(BodyDto::of).toList();
	}

	@GetMapping("/bodies/{id}")
	@Operation(summary = "Một cơ quan ban hành")
	BodyDto body(Scope scope, @PathVariable long id) {
		return BodyDto.of(this.register.body(scope, id));
	}

	@PostMapping("/bodies")
	@Operation(summary = "Thêm cơ quan ban hành (cấp ủy, hoặc ban, văn phòng của cấp ủy)")
	ResponseEntity<BodyDto> createBody(Scope scope, @RequestBody BodyRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(BodyDto.of(this.setup.createBody(scope, r.form(required(r.unitId())))));
	}

	@PutMapping("/bodies/{id}")
	@Operation(summary = "Sửa cơ quan ban hành; version là phiên bản đã đọc (409 nếu người khác vừa sửa)")
	BodyDto updateBody(Scope scope, @PathVariable long id, @RequestBody BodyRequest r) {
		IssuingBody current = this.register.body(scope, id);
		return BodyDto.of(this.setup.updateBody(scope, id, r.form(current.getUnitId())));
	}

	@GetMapping("/terms")
	@Operation(summary = "Các nhiệm kỳ của các đơn vị trong phạm vi của người dùng")
	List<TermDto> terms(Scope scope) {
		return this.setup.terms(scope).stream().map(TermDto::of).toList();
	}

	@GetMapping("/terms/{id}")
	@Operation(summary = "Một nhiệm kỳ")
	TermDto term(Scope scope, @PathVariable long id) {
		return TermDto.of(this.setup.term(scope, id));
	}

	@PostMapping("/terms")
	@Operation(summary = "Thêm nhiệm kỳ của một cấp ủy (không trùng thời gian với nhiệm kỳ khác)")
	ResponseEntity<TermDto> createTerm(Scope scope, @RequestBody TermRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(TermDto.of(this.setup.createTerm(scope,
					new RegisterSetup.TermForm(required(r.unitId()), r.name(), r.validFrom(), r.validTo(), null))));
	}

	@PutMapping("/terms/{id}")
	@Operation(summary = "Sửa nhiệm kỳ; version là phiên bản đã đọc")
	TermDto updateTerm(Scope scope, @PathVariable long id, @RequestBody TermRequest r) {
		return TermDto.of(this.setup.updateTerm(scope, id,
				new RegisterSetup.TermForm(0, r.name(), r.validFrom(), r.validTo(), r.version())));
	}

	@GetMapping("/types")
	@Operation(summary = "Các loại văn bản, kể cả loại đã ngừng dùng")
	List<TypeDto> types() {
		return this.setup.types().stream().map(TypeDto::of).toList();
	}

	@PostMapping("/types")
	@Operation(summary = "Thêm loại văn bản (ký hiệu và tên)")
	ResponseEntity<TypeDto> addType(Scope scope, @RequestBody TypeRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(TypeDto.of(this.setup.addType(scope, r.code(), r.name())));
	}

	@PutMapping("/types/{code}")
	@Operation(summary = "Đổi tên, ngừng dùng hoặc dùng lại một loại văn bản; ký hiệu không đổi")
	TypeDto changeType(Scope scope, @PathVariable String code, @RequestBody TypeRequest r) {
		return TypeDto.of(this.setup.changeType(scope, code, r.name(), r.active() == null || r.active(), r.version()));
	}

	private static long required(Long unitId) {
		if (unitId == null) {
			throw AppException.invalid("register.unitRequired");
		}
		return unitId;
	}

}

package vn.tuyengiao.emulation.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.ModelGroup;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;

/** The model register over REST: registration with the overlap check, edits, groups. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EmulationApi.TAG, description = EmulationApi.TAG_DESCRIPTION)
class ModelApiController {

	private final ModelService models;

	ModelApiController(ModelService models) {
		this.models = models;
	}

	record Registered(ModelDto model, List<ModelService.Overlap> overlaps) {
	}

	@GetMapping("/models")
	@Operation(summary = "Sổ mô hình trong phạm vi người dùng, có lọc theo đơn vị, năm, nhóm, trạng thái, phong trào")
	List<ModelService.ModelRow> list(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long groupId,
			@RequestParam(required = false) ModelStatus status, @RequestParam(required = false) Movement movement,
			@RequestParam(required = false) String q) {
		return this.models.list(scope, new ModelService.Filter(unitId, year, groupId, status, movement, q));
	}

	@PostMapping("/models")
	@Operation(summary = "Đăng ký mô hình; trả về các mô hình tương tự (cảnh báo trùng, không chặn)")
	ResponseEntity<Registered> register(Scope scope, @RequestBody ModelRequest r) {
		ModelService.Registered reg = this.models.register(scope, r.registration());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(ModelDto.of(reg.model()), reg.overlaps()));
	}

	@GetMapping("/models/{id}")
	ModelDto get(Scope scope, @PathVariable long id) {
		return ModelDto.of(this.models.get(scope, id));
	}

	@PutMapping("/models/{id}")
	@Operation(summary = "Sửa nội dung đăng ký (cần version hiện tại)")
	ModelDto update(Scope scope, @PathVariable long id, @RequestBody ModelRequest r) {
		if (r.version() == null) {
			throw AppException.invalid("emulation.versionRequired");
		}
		return ModelDto.of(this.models.update(scope, id, r.registration(), r.version()));
	}

	@GetMapping("/models/{id}/overlaps")
	List<ModelService.Overlap> overlaps(Scope scope, @PathVariable long id) {
		return this.models.overlaps(scope, this.models.get(scope, id));
	}

	record OverlapCheck(long ownerUnitId, Movement movement, String title, String content) {
	}

	@PostMapping("/models/overlaps")
	@Operation(summary = "Kiểm tra trùng trước khi đăng ký")
	List<ModelService.Overlap> check(Scope scope, @RequestBody OverlapCheck c) {
		return this.models.overlaps(scope, c.ownerUnitId(), c.movement(), c.title(), c.content());
	}

	record GroupDto(long id, String code, String name, boolean active) {

		static GroupDto of(ModelGroup g) {
			return new GroupDto(g.getId(), g.getCode(), g.getName(), g.isActive());
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ModelGroupRequest")
	record GroupRequest(String code, String name) {
	}

	@GetMapping("/models/groups")
	List<GroupDto> groups() {
		return this.models.groups().stream().map(GroupDto::of).toList();
	}

	@PostMapping("/models/groups")
	@Operation(summary = "Thêm nhóm mô hình (quản trị viên)")
	ResponseEntity<GroupDto> createGroup(Scope scope, @RequestBody GroupRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(GroupDto.of(this.models.createGroup(scope, r.code(), r.name())));
	}

}

package vn.tuyengiao.emulation.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.Effectiveness;
import vn.tuyengiao.emulation.ModelLifecycle;
import vn.tuyengiao.emulation.ModelReplication;
import vn.tuyengiao.emulation.RetireReason;

/**
 * A model's life over REST: steps, retirement, yearly assessments, replication,
 * attachments.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EmulationApi.TAG, description = EmulationApi.TAG_DESCRIPTION)
class ModelStepsApiController {

	private final ModelLifecycle lifecycle;

	private final ModelReplication replication;

	private final ModelAttachments attachments;

	ModelStepsApiController(ModelLifecycle lifecycle, ModelReplication replication, ModelAttachments attachments) {
		this.lifecycle = lifecycle;
		this.replication = replication;
		this.attachments = attachments;
	}

	record StepRequest(long version, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/advance")
	@Operation(summary = "Chuyển bước: đăng ký → rà soát → triển khai → biểu dương")
	ModelDto advance(Scope scope, @PathVariable long id, @RequestBody StepRequest r) {
		return ModelDto.of(this.lifecycle.advance(scope, id, r.version(), r.on(), r.note()));
	}

	record RetireRequest(long version, RetireReason reason, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/retire")
	ModelDto retire(Scope scope, @PathVariable long id, @RequestBody RetireRequest r) {
		return ModelDto.of(this.lifecycle.retire(scope, id, r.version(), r.reason(), r.on(), r.note()));
	}

	@GetMapping("/models/{id}/transitions")
	List<ModelLifecycle.Transition> transitions(Scope scope, @PathVariable long id) {
		return this.lifecycle.transitions(scope, id);
	}

	record AssessmentRequest(int year, Effectiveness effectiveness, String results, LocalDate on) {
	}

	@PostMapping("/models/{id}/assessments")
	ResponseEntity<Void> assess(Scope scope, @PathVariable long id, @RequestBody AssessmentRequest r) {
		this.lifecycle.assess(scope, id, r.year(), r.effectiveness(), r.results(), r.on());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/models/{id}/assessments")
	List<ModelLifecycle.Assessment> assessments(Scope scope, @PathVariable long id) {
		return this.lifecycle.assessments(scope, id);
	}

	record ReplicationRequest(long unitId, LocalDate on, String note) {
	}

	@PostMapping("/models/{id}/replications")
	@Operation(summary = "Nhân rộng mô hình sang một đơn vị (tạo bản đăng ký của đơn vị đó, liên kết với mô hình gốc)")
	ResponseEntity<ModelDto> replicate(Scope scope, @PathVariable long id, @RequestBody ReplicationRequest r) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ModelDto.of(this.replication.replicate(scope, id, r.unitId(), r.on(), r.note())));
	}

	@GetMapping("/models/{id}/replications")
	List<ModelReplication.Replication> replications(Scope scope, @PathVariable long id) {
		return this.replication.replications(scope, id);
	}

	@PostMapping(path = "/models/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đính kèm ảnh (JPEG, PNG, GIF, WEBP) hoặc PDF; kiểm tra theo nội dung tệp và dung lượng")
	ResponseEntity<List<ModelAttachments.AttachmentInfo>> attach(Scope scope, @PathVariable long id,
			@RequestParam("files") List<MultipartFile> files) throws IOException {
		List<String> names = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile f : files) {
			names.add(f.getOriginalFilename());
			contents.add(f.getBytes());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.attachments.attach(scope, id, names, contents));
	}

	@GetMapping("/models/{id}/attachments")
	List<ModelAttachments.AttachmentInfo> attachments(Scope scope, @PathVariable long id) {
		return this.attachments.attachments(scope, id);
	}

}

package vn.tuyengiao.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.tuyengiao.register.internal.CommitteeTerm;
import vn.tuyengiao.register.internal.DocumentTypeEntry;
import vn.tuyengiao.register.internal.OutgoingDocument;

interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

	List<IssuingBody> findByUnitIdIn(java.util.Collection<Long> unitIds);

}

interface CommitteeTermRepository extends JpaRepository<CommitteeTerm, Long> {

	List<CommitteeTerm> findByUnitIdOrderByValidFromDesc(Long unitId);

}

interface OutgoingDocumentRepository extends JpaRepository<OutgoingDocument, Long> {

	List<OutgoingDocument> findTop100ByIssuingBodyIdOrderByIdDesc(Long issuingBodyId);

}

interface DocumentTypeRepository extends JpaRepository<DocumentTypeEntry, String> {

	List<DocumentTypeEntry> findAllByOrderByNameAsc();

}

interface RegisterDraftRepository extends JpaRepository<vn.tuyengiao.register.internal.RegisterDraft, Long> {

	List<vn.tuyengiao.register.internal.RegisterDraft> findTop200ByIssuingBodyIdInOrderByIdDesc(
			java.util.Collection<Long> bodyIds);

}

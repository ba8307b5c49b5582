package vn.tuyengiao.opinion.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionTopicRepository extends JpaRepository<OpinionTopic, Long> {

}

interface CollaboratorRepository extends JpaRepository<Collaborator, Long> {

}

interface OpinionItemRepository extends JpaRepository<OpinionItem, Long> {

}

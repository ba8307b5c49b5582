package vn.tuyengiao.bookcabinet;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookCabinetRepository extends JpaRepository<BookCabinet, Long> {

}

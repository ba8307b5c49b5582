package vn.tuyengiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.tuyengiao.bench.BenchCommand;
import vn.tuyengiao.generator.GenerateCommand;
import vn.tuyengiao.similarity.SimilarityCommand;

@SpringBootApplication
public class TuyenGiaoApplication {

	public static void main(String[] args) throws Exception {
		// Batch commands that need no database run before Spring starts, so they begin
		// work at once.
		if (args.length > 0 && "generate".equals(args[0])) {
			System.exit(GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
			return;
		}
		if (args.length > 0 && "similarity".equals(args[0])) {
			System.exit(SimilarityCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
			return;
		}
		if (args.length > 0 && "bench".equals(args[0])) {
			System
				.exit(BenchCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), TuyenGiaoApplication.class));
			return;
		}
		SpringApplication.run(TuyenGiaoApplication.class, args);
	}

}

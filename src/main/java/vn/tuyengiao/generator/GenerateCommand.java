package vn.tuyengiao.generator;

/** Placeholder until the generator lands (being written now). */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static int run(String[] args) {
		System.err.println("generate: not yet available");
		return 2;
	}

}

package vn.tuyengiao.report;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the platform logger (and so to the application's log)
 * instead of its own console handler, with its chatty INFO lines ("Prepare to fly")
 * demoted to DEBUG. openhtmltopdf's logger is global, so this is installed once, the
 * first time a PDF is rendered.
 */
final class PdfLog implements XRLogger {

	private static volatile boolean installed;

	private PdfLog() {
	}

	static void install() {
		if (!installed) {
			synchronized (PdfLog.class) {
				if (!installed) {
					XRLog.setLoggerImpl(new PdfLog());
					installed = true;
				}
			}
		}
	}

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		System.Logger logger = System.getLogger(where == null ? "com.openhtmltopdf" : where);
		System.Logger.Level l = map(level);
		if (logger.isLoggable(l)) {
			logger.log(l, msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels belong to the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return System.getLogger("com.openhtmltopdf").isLoggable(map(diagnostic.getLevel()));
	}

	private static System.Logger.Level map(Level level) {
		int v = level == null ? Level.INFO.intValue() : level.intValue();
		if (v >= Level.SEVERE.intValue()) {
			return System.Logger.Level.ERROR;
		}
		if (v >= Level.WARNING.intValue()) {
			return System.Logger.Level.WARNING;
		}
		return v >= Level.CONFIG.intValue() ? System.Logger.Level.DEBUG : System.Logger.Level.TRACE;
	}

}

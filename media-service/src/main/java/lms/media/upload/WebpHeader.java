package lms.media.upload;

/**
 * Width and height from a WebP file's first chunk (VP8, VP8L or VP8X), which ImageIO
 * cannot read without a plug-in.
 */
final class WebpHeader {

	private WebpHeader() {
	}

	static int[] dimensions(byte[] b) {
		if (b.length < 30) {
			return null;
		}
		String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8X" -> new int[] { 1 + u24(b, 24), 1 + u24(b, 27) };
			case "VP8L" -> (b[20] != 0x2F) ? null : lossless(b);
			case "VP8 " -> lossy(b);
			default -> null;
		};
	}

	private static int[] lossless(byte[] b) {
		int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
		return new int[] { 1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF) };
	}

	private static int[] lossy(byte[] b) {
		boolean startCode = (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2A;
		return startCode ? new int[] { u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF } : null;
	}

	private static int u16(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
	}

	private static int u24(byte[] b, int at) {
		return u16(b, at) | (b[at + 2] & 0xFF) << 16;
	}

}

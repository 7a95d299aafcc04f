package lms.kit.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than {@code lms.web.max-request-size} with 413 before anything
 * reads them. Bodies without a declared length are counted as they are read.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ErrorWriter errors;

	public RequestSizeLimitFilter(DataSize maxSize, ErrorWriter errors) {
		this.maxBytes = maxSize.toBytes();
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.errors.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request body is too large");
			return;
		}
		chain.doFilter(new LimitedBodyRequest(request, this.maxBytes), response);
	}

}

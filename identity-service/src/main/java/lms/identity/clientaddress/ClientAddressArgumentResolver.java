package lms.identity.clientaddress;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller parameter of type {@link ClientAddress} the request's client. */
class ClientAddressArgumentResolver implements HandlerMethodArgumentResolver {

	private final ClientAddresses addresses;

	ClientAddressArgumentResolver(ClientAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ClientAddress.class;
	}

	@Override
	public ClientAddress resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.addresses.of(webRequest.getNativeRequest(HttpServletRequest.class));
	}

}

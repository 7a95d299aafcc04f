package lms.kit.security.servlet;

import java.util.function.Supplier;

import lms.kit.security.ServiceScope;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * An internal route admits a service token carrying the scope its {@link ServiceScope}
 * names; a route without one admits nobody.
 */
final class ServiceScopeAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final AnnotatedRoutes<ServiceScope> routes;

	ServiceScopeAuthorization(AnnotatedRoutes<ServiceScope> routes) {
		this.routes = routes;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return this.routes.find(context.getRequest())
			.map((scope) -> AuthorityAuthorizationManager
				.<RequestAuthorizationContext>hasAuthority("SCOPE_" + scope.value())
				.authorize(authentication, context))
			.orElseGet(() -> new AuthorizationDecision(false));
	}

}

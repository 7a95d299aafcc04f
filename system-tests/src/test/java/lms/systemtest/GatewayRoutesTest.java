package lms.systemtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lms.systemtest.ServiceMappings.Mapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.AntPathMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's route table and public paths agree with what the services serve, read
 * from the services' compiled controllers and the modules' {@code application.yml}
 * without starting anything: every public mapping is routed to its owner, no route points
 * at nothing, and a path is public at the gateway exactly where its service treats it as
 * public.
 */
class GatewayRoutesTest {

	/**
	 * Never routed: service-to-service ports, the error page, each service's own docs UI.
	 */
	private static final List<String> NOT_PUBLIC = List.of("/internal/**", "/error", "/swagger-ui/**",
			"/swagger-ui.html");

	/** Served by the services, but not by a controller (Socket.IO's own server). */
	private static final Set<String> NOT_CONTROLLERS = Set.of("/socket.io/**");

	/**
	 * Where the service's OpenAPI document answers, routed from
	 * {@code /openapi/<service>}.
	 */
	private static final String API_DOCS = "/v3/api-docs";

	private static final Pattern SERVICE_URI = Pattern.compile("\\$\\{lms\\.services\\.([a-z]+)\\.url}");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	static List<Route> routes;

	static List<Mapping> mappings;

	static List<String> gatewayPublic;

	@BeforeAll
	static void read() {
		ModuleSettings gateway = ModuleSettings.of("gateway");
		routes = new ArrayList<>();
		for (Map<String, Object> route : gateway.maps("spring.cloud.gateway.server.webflux.routes")) {
			Matcher service = SERVICE_URI.matcher(String.valueOf(route.get("uri")));
			if (service.matches()) {
				routes.add(new Route(String.valueOf(route.get("id")), service.group(1), paths(route)));
			}
		}
		mappings = ServiceMappings.SERVICES.stream()
			.flatMap((service) -> ServiceMappings.of(service).stream())
			.toList();
		gatewayPublic = gateway.list("lms.gateway.auth.public-paths");
	}

	private static List<String> paths(Map<String, Object> route) {
		List<String> paths = new ArrayList<>();
		for (Object predicate : (List<?>) route.get("predicates")) {
			String text = predicate.toString();
			if (text.startsWith("Path=")) {
				paths.addAll(List.of(text.substring("Path=".length()).split(",")));
			}
		}
		return paths;
	}

	@Test
	void theServicesAndTheirMappingsAreFound() {
		assertThat(routes).extracting(Route::service).containsAll(ServiceMappings.SERVICES);
		assertThat(mappings).extracting(Mapping::service).containsAll(ServiceMappings.SERVICES);
		assertThat(mappings).extracting(Mapping::path)
			.contains("/api/v1/login", "/api/v1/get-course/{id}", "/api/v1/get-all-notifications",
					"/internal/media/uploads", "/api/v1/dead-letters/{group}");
	}

	@Test
	void everyPublicMappingOfEveryServiceIsRoutedToThatService() {
		List<String> unrouted = mappings.stream()
			.filter((mapping) -> !matchesAny(NOT_PUBLIC, mapping.example()))
			.filter((mapping) -> routes.stream()
				.noneMatch((route) -> route.service().equals(mapping.service()) && route.matches(mapping.example())))
			.map((mapping) -> mapping.service() + " " + mapping.path() + " (" + mapping.handler() + ")")
			.toList();

		assertThat(unrouted).as("mappings no route sends to their service").isEmpty();
	}

	@Test
	void noInternalOrErrorPathIsRouted() {
		List<String> exposed = mappings.stream()
			.filter((mapping) -> matchesAny(NOT_PUBLIC, mapping.example()))
			.filter((mapping) -> routes.stream().anyMatch((route) -> route.matches(mapping.example())))
			.map(Mapping::path)
			.toList();

		assertThat(exposed).isEmpty();
	}

	@Test
	void everyRoutedPathReachesAMappingOfItsService() {
		List<String> dead = new ArrayList<>();
		for (Route route : routes) {
			for (String path : route.paths()) {
				boolean served = path.startsWith("/openapi/") ? served(route.service(), API_DOCS)
						: NOT_CONTROLLERS.contains(path) || mappings.stream()
							.anyMatch((m) -> m.service().equals(route.service())
									&& (PATHS.match(path, m.example()) || PATHS.match(m.path(), path)));
				if (!served) {
					dead.add(route.id() + " " + path);
				}
			}
		}

		assertThat(dead).as("routed paths no controller of the service answers").isEmpty();
	}

	@Test
	void aRoutedPathIsPublicAtTheGatewayExactlyWhereItsServiceTreatsItAsPublic() {
		List<String> disagreements = new ArrayList<>();
		for (Mapping mapping : mappings) {
			if (matchesAny(NOT_PUBLIC, mapping.example())) {
				continue;
			}
			boolean atGateway = matchesAny(gatewayPublic, mapping.example());
			boolean atService = matchesAny(
					ModuleSettings.of(mapping.service() + "-service").list("lms.security.public-paths"),
					mapping.example());
			if (atGateway != atService) {
				disagreements.add("%s %s: public at the gateway %s, at %s %s".formatted(mapping.service(),
						mapping.path(), atGateway, mapping.service(), atService));
			}
		}

		assertThat(disagreements).isEmpty();
	}

	private static boolean served(String service, String path) {
		return mappings.stream().anyMatch((m) -> m.service().equals(service) && m.path().equals(path))
				|| API_DOCS.equals(path);
	}

	private static boolean matchesAny(List<String> patterns, String path) {
		return patterns.stream().anyMatch((pattern) -> PATHS.match(pattern, path));
	}

	/**
	 * A gateway route to a service.
	 *
	 * @param id the route's id
	 * @param service the service its URI names
	 * @param paths its Path predicate's patterns
	 */
	record Route(String id, String service, List<String> paths) {

		boolean matches(String path) {
			return matchesAny(this.paths, path);
		}

	}

}

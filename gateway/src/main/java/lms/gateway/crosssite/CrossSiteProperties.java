package lms.gateway.crosssite;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param stateChangingGets the GET paths that change state (besides every POST, PUT,
 * PATCH and DELETE)
 */
@ConfigurationProperties("lms.gateway.cross-site")
public record CrossSiteProperties(@DefaultValue( {
		"/api/v1/logout", "/api/v1/logout-all" }) List<String> stateChangingGets){

}

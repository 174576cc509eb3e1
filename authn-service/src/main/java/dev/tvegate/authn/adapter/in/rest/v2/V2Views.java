package dev.tvegate.authn.adapter.in.rest.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tvegate.authn.application.port.in.LogoutResult;
import dev.tvegate.authn.application.port.in.SessionInfo;
import dev.tvegate.authn.application.port.in.SessionResult;
import dev.tvegate.authn.domain.model.Profile;

/** The JSON bodies of the v2 sessions, profiles and logout endpoints, field for field as in the spec. */
public final class V2Views {

    private V2Views() {
    }

    /**
     * Spec §4.2/§4.3. {@code notBefore}/{@code notAfter} are strings (spec ⚠: every sample serialises them so, unlike
     * profile timestamps).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionView(String actionName, String actionType, String reasonType, List<String> missingParameters,
            String url, String code, String sessionId, String mvpd, String serviceProvider, String notBefore,
            String notAfter) {

        public static SessionView of(SessionResult r) {
            return new SessionView(r.actionName(), r.actionType(), r.reasonType(),
                    r.missingParameters().isEmpty() ? null : r.missingParameters(), r.url(), r.code(), r.sessionId(),
                    r.mvpd(), r.serviceProvider(), r.notBefore() == null ? null : r.notBefore().toString(),
                    r.notAfter() == null ? null : r.notAfter().toString());
        }
    }

    /** Spec §4.4. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionInfoView(List<String> missingParameters, Map<String, String> existingParameters,
            @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> device, String notBefore, String notAfter) {

        public static SessionInfoView of(SessionInfo i) {
            return new SessionInfoView(i.missingParameters().isEmpty() ? null : i.missingParameters(),
                    i.existingParameters(), i.device(), Long.toString(i.notBefore()), Long.toString(i.notAfter()));
        }
    }

    /** Spec §4.6: {@code {"profiles": {<mvpd>: {...}}}}, an empty map when there is none. */
    public record ProfilesView(Map<String, ProfileView> profiles) {

        public static ProfilesView of(List<Profile> list) {
            Map<String, ProfileView> map = new LinkedHashMap<>();
            list.forEach(p -> map.put(p.mvpd(), ProfileView.of(p)));
            return new ProfilesView(map);
        }
    }

    /** One profile; timestamps are numbers (epoch ms). */
    public record ProfileView(long notBefore, long notAfter, String issuer, String type,
            Map<String, AttributeView> attributes) {

        public static ProfileView of(Profile p) {
            Map<String, AttributeView> attributes = new LinkedHashMap<>();
            p.attributes().forEach((k, v) -> attributes.put(k, new AttributeView(v.value(), v.state())));
            return new ProfileView(p.notBefore(), p.notAfter(), p.issuer(), p.type().wire(), attributes);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttributeView(Object value, String state) {
    }

    /** Spec §4.8: {@code {"logouts": {<mvpd>: {...}}}}. */
    public record LogoutsView(Map<String, LogoutView> logouts) {
        public static LogoutsView of(LogoutResult r) {
            return new LogoutsView(Map.of(r.mvpd(), new LogoutView(r.actionName(), r.actionType(), r.mvpd(), r.url())));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogoutView(String actionName, String actionType, String mvpd, String url) {
    }
}

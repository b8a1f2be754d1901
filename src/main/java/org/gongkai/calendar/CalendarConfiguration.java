package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarAdministration administration) {
        return new WorkingDayCalendar(administration::arrangement);
    }

    /**
     * Loads the arrangements shipped in {@code classpath:calendar/YYYY.csv} for years not yet in the
     * database. A shipped file's first line is "# " followed by the notice it reproduces.
     */
    @Bean
    ApplicationRunner shippedCalendarLoader(CalendarAdministration administration) {
        return args -> {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:calendar/*.csv");
            for (Resource file : files) {
                String name = file.getFilename();
                int year = Integer.parseInt(name.substring(0, name.indexOf('.')));
                byte[] content = read(file);
                String text = new String(content, StandardCharsets.UTF_8);
                String source = text.startsWith("# ")
                        ? text.substring(2, text.indexOf('\n')).strip()
                        : name;
                administration.loadShipped(year, source, content);
            }
        };
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}

package org.gongkai.request;

import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockRules.class)
class RequestConfiguration {

    @Bean
    RequestClock requestClock(WorkingDayCalendar calendar, ClockRules rules) {
        return new RequestClock(calendar, rules);
    }
}

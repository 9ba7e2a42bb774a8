package cn.jiangxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class JiangxinApplication {

    public static void main(String[] args) {
        SpringApplication.run(JiangxinApplication.class, args);
    }
}

import type { errorPage as enErrorPage } from "../en/error-page";

export const errorPage: typeof enErrorPage = {
  tryAgain: "重试",
  globalErrorTitle: "SynAck 暂时无法加载",
  globalErrorLead:
    "服务器读不到数据库。你保存的内容没有丢失。请稍后再试；如果这台服务器由你运行，它的日志会说明出错原因。",
  homePage: "首页",
};

debugger;
;;
